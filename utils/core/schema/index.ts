// Every shape Ofsted Lens passes around, by what it describes: the domain, the stored records,
// the backup file and the messages. Import from here or from the file itself.
export * from './domain';
export * from './storage';
export * from './backup';
export * from './messages';
