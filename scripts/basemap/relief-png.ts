// Re-encodes gdal2tiles' RGBA relief tiles as grey + alpha PNGs with the alpha in steps of 8, and drops
// tiles with nothing on them (all sea or flat). Called by derive-relief.sh.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PNG } from 'pngjs';

const [src, out] = process.argv.slice(2) as [string, string];
let kept = 0;
let bytes = 0;
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((e) =>
		statSync(join(dir, e)).isDirectory() ? walk(join(dir, e)) : [join(dir, e)]
	);
for (const file of walk(src).filter((f) => f.endsWith('.png'))) {
	const img = PNG.sync.read(readFileSync(file));
	let any = false;
	for (let i = 0; i < img.data.length; i += 4) {
		const a = img.data[i + 3]! & ~7;
		img.data[i + 3] = a;
		// Shadow or light: the grey says which, the alpha how much.
		img.data[i] = img.data[i + 1] = img.data[i + 2] = a === 0 ? 0 : img.data[i]! < 128 ? 58 : 255;
		if (a > 0) any = true;
	}
	if (!any) continue;
	const png = PNG.sync.write(img, { colorType: 4, deflateLevel: 9 });
	const target = join(out, relative(src, file));
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, png);
	kept++;
	bytes += png.length;
}
console.log(`relief: ${kept} tiles, ${(bytes / 1024).toFixed(0)} KB`);
