// Dev aid: `npx tsx scripts/geodata/locate-point.ts lon,lat [lon,lat ...]` prints the Natural Earth country of each point.
import { CountryIndex } from './country-index';

const index = new CountryIndex();
for (const arg of process.argv.slice(2)) {
	const [lon = NaN, lat = NaN] = arg.split(',').map(Number);
	console.log(arg, index.countryAt(lon, lat) ?? 'sea');
}
