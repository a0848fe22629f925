import type { ReactNode } from 'react';

/** One term and its value in a description list (`<dl>`), grouped so that a grid can lay them out. */
export function Fact({ term, className, children }: { term: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
