import { csvFileText } from "@/lib/results/csv";

/**
 * Saves text as a file through the browser; nothing is uploaded anywhere. A CSV starts with a
 * byte-order mark, so Excel reads its names in any script as written.
 */
export function download(name: string, type: string, text: string) {
  const body = type === "text/csv" ? csvFileText(text) : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next task: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
