/**
 * Words with their differences marked: <ins> and <del>, underlined and struck through, with a
 * visible "[+" / "[−" before them and the words "inserted" / "deleted" for screen readers, so the
 * difference never rests on colour alone.
 */
import type { WordChange } from '../../../../../shared/domain/versions';

export function WordDiff({ words, className = 'diff-text', as: Outer = 'p' }: { words: readonly WordChange[]; className?: string; as?: 'p' | 'span' }) {
  return (
    <Outer className={className}>
      {words.map((word, index) => {
        if (word.type === 'same') return <span key={index}>{word.text}</span>;
        const added = word.type === 'added';
        const Tag = added ? 'ins' : 'del';
        return (
          <Tag key={index} className={added ? 'diff-ins' : 'diff-del'}>
            <span className="diff-cue" aria-hidden="true">
              {added ? '[+' : '[−'}
            </span>
            <span className="visually-hidden">{added ? 'inserted: ' : 'deleted: '}</span>
            {word.text}
            <span className="diff-cue" aria-hidden="true">
              ]
            </span>
            <span className="visually-hidden">{added ? ' (end of insertion)' : ' (end of deletion)'}</span>
          </Tag>
        );
      })}
    </Outer>
  );
}

/** The legend shown above a comparison. */
export function DiffKey() {
  return (
    <p className="diff-key">
      <span className="diff-key__label">Key:</span>{' '}
      <WordDiff as="span" className="diff-key__sample" words={[{ type: 'added', text: 'words added' }]} />{' '}
      <WordDiff as="span" className="diff-key__sample" words={[{ type: 'removed', text: 'words removed' }]} />
    </p>
  );
}
