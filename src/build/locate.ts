// Dev aid: `npx tsx src/build/locate.ts lon,lat [lon,lat ...]` prints the Natural Earth country of each point.
import { CountryIndex } from './countries';

const index = new CountryIndex();
for (const arg of process.argv.slice(2)) {
	const [lon = NaN, lat = NaN] = arg.split(',').map(Number);
	console.log(arg, index.countryAt(lon, lat) ?? 'sea');
}
