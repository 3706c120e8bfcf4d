/** The special account to pay from (or export a bank file of): the one chosen, else my own union's, else the first I see. */
export function payAccountOf<A extends { id: string; orgId: string }>(accounts: readonly A[] | undefined, chosenId: string | null | undefined, myOrgId: string | undefined): A | undefined {
  if (!accounts) return undefined;
  return accounts.find((a) => a.id === chosenId) ?? accounts.find((a) => a.orgId === myOrgId) ?? accounts[0];
}

/** The search parameter that carries the chosen account between the payment queue and the bank-file pages. */
export const ACCOUNT_PARAM = 'account';
