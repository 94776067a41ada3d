// The words for each claim status, defined once: the About panel defines them, the badges and filters
// use the labels.
import type { ClaimKind, ClaimStatus, ClaimTheme } from './vocabulary';

export const CLAIM_STATUS_INFO: Record<ClaimStatus, { label: string; definition: string }> = {
	consistent: {
		label: 'Consistent with the sources',
		definition: 'What the claim states of facts matches the sources we found.'
	},
	'partly-consistent': {
		label: 'Partly consistent',
		definition:
			'Some of it matches the sources; some of it does not, or goes beyond them. Our note says which part.'
	},
	disputed: {
		label: 'Sources disagree',
		definition: 'Credible sources give different accounts; our note names them and their perspective.'
	},
	'not-yet': {
		label: 'Not yet happened',
		definition: 'A plan or forecast. Our note says what would settle it, and when.'
	},
	opinion: {
		label: 'Opinion or value judgement',
		definition: 'Not something sources can confirm or refute; we give the context a reader needs to weigh it.'
	}
};

export const CLAIM_THEME_LABEL: Record<ClaimTheme, string> = {
	relations: 'US–Azerbaijan relations',
	'section-907': 'Section 907',
	'summit-and-peace': 'Washington summit and peace process',
	memorandum: 'The Memorandum and the Charter',
	transit: 'Transit routes',
	energy: 'Energy',
	economy: 'Economy and technology',
	security: 'Security and defence',
	geopolitics: 'Geopolitics'
};

export const CLAIM_KIND_LABEL: Record<ClaimKind, string> = {
	event: 'Event',
	document: 'What a document says',
	plan: 'Plan or forecast',
	argument: "The author's argument"
};
