import { type ReactNode, useEffect } from 'react';

/** A page: its title goes in the document title and in the one h1. */
export function Page({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  useEffect(() => {
    document.title = `${title} · Leidraad`;
  }, [title]);
  return (
    <div className={wide ? 'page wide' : 'page'}>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
