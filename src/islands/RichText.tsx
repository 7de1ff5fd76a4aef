/**
 * Question texts are plain text where **bold** marks the word that matters ("KHÔNG", an
 * amount, a sender). Rendering it here keeps markdown and its parser out of the islands.
 */
export function RichText({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}</>;
}
