export * from './audit';
export * from './orgs';
export * from './users';
export * from './hardship-files';
export * from './applications';
export * from './funds';
