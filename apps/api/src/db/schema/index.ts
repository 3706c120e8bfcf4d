export * from './audit';
export * from './orgs';
export * from './users';
