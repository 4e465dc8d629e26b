// The bundled data's labels and date, for the options page, which shows no table: importing them
// from outcomes.ts or register.ts would load those tables with it (they share a chunk with the
// popup's look-up). A test holds these to the generated modules' own.
export const OFFICIAL_SOURCE_LABEL = 'Ofsted official statistics, as at 31 March 2025';
export const REGISTER_SOURCE_LABEL = 'Register of local authorities by JT-39/ofsted-ilacs-scrape-tool (ONS and DfE data), with Ofsted official statistics, as at 31 March 2025';
export const BUNDLED_AS_AT = '2025-03-31';
