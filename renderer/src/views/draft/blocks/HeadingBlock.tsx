/** A heading inside a chapter or section, at its level. */
export function HeadingBlock({ text, level }: { text: string; level: number }) {
  return (
    <p className={`draft-heading draft-heading--${level}`}>
      {text}
      <span className="draft-heading__level"> (heading, level {level})</span>
    </p>
  );
}
