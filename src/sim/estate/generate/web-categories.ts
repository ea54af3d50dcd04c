import type { WebControlCategory } from "../../../central/types.js";

// Labels follow the web-control categories Central shows; the id order is ours. The anchor client
// indexes the category array by `categoryId` (reference §5.9), so ids must be contiguous from 0.
const LABELS = [
  "Uncategorized",
  "Adult/Sexually Explicit",
  "Advertisements & Pop-Ups",
  "Alcohol & Tobacco",
  "Arts",
  "Blogs & Forums",
  "Business",
  "Chat",
  "Computing & Internet",
  "Criminal Activity",
  "Downloads",
  "Education",
  "Entertainment",
  "Fashion & Beauty",
  "Finance & Investment",
  "Food & Dining",
  "Gambling",
  "Games",
  "Government",
  "Hacking",
  "Health & Medicine",
  "Hobbies & Recreation",
  "Hosting Sites",
  "Illegal Drugs",
  "Infrastructure",
  "Intimate Apparel & Swimwear",
  "Intolerance & Hate",
  "Job Search & Career Development",
  "Kid's Sites",
  "Motor Vehicles",
  "News",
  "Peer-to-Peer",
  "Personals and Dating",
  "Philanthropic & Professional Orgs.",
  "Phishing & Fraud",
  "Photo Searches",
  "Politics",
  "Proxies & Translators",
  "Real Estate",
  "Reference",
  "Religion",
  "Ringtones/Mobile Phone Downloads",
  "Search Engines",
  "Sex Education",
  "Shopping",
  "Society & Culture",
  "Spam URLs",
  "Sports",
  "Spyware",
  "Streaming Media",
  "Tasteless & Offensive",
  "Travel",
  "Violence",
  "Weapons",
  "Web-based E-mail",
  "Custom Category 1",
  "Custom Category 2",
] as const;

function slug(label: string): string {
  const words = label
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ");
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}

/** The web-control categories every generated tenant shares, sorted by id from 0. */
export function webControlCategories(): WebControlCategory[] {
  return LABELS.map((label, id) => ({ id, name: slug(label), label }));
}
