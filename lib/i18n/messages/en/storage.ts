/**
 * What the results page says when this browser's storage lets it down (lib/storage/history.ts).
 * A module of its own, so the English that lib/storage keeps for code without a page is only these.
 */
export const storage = {
  notKept: {
    quota:
      "This browser's storage is full, so this result is not kept in its list of your results (which compare and the home page offer). {keep}",
    unavailable:
      "This browser keeps nothing for this site (storage is turned off), so this result is not kept in its list of your results. {keep}",
    "kept-aside":
      "This browser holds a list of results it cannot read, kept aside rather than written over, so this result is not added to it. {keep}",
  },
  keepTheLink: "Its link still holds all of it: bookmark this page or copy its address.",
};

export type StorageMessages = typeof storage;
