import type { ReactNode, TableHTMLAttributes } from 'react';

/** A table's header row: one column header per label, in order. */
export function ColumnHeads({ labels }: { labels: ReactNode[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, index) => (
          <th key={index} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A table that scrolls sideways on a narrow screen (`.table-wrap`): an optional caption, the header
 * row from `labels`, the rows as children.
 */
export function WideTable({
  labels,
  caption,
  captionClassName,
  children,
  ...table
}: {
  labels: ReactNode[];
  caption?: ReactNode;
  captionClassName?: string;
  children: ReactNode;
} & TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="table-wrap">
      <table {...table}>
        {caption !== undefined && <caption className={captionClassName}>{caption}</caption>}
        <ColumnHeads labels={labels} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
