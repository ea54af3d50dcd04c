/** Where the Hunts pages live. */
export const HUNTS_PATH = "/hunts";

/** The page of one run. */
export const huntHref = (id: number): string => `${HUNTS_PATH}/${id}`;
