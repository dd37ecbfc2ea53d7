/**
 * Jump links for a long page. In-page anchors would be read as routes by the hash router, so
 * each link scrolls to and focuses its section heading itself.
 */
export function OnThisPage({ items }: { items: { id: string; label: string }[] }) {
  return (
    <nav aria-label="On this page" className="on-this-page">
      <h2 className="on-this-page__title">On this page</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(item.id);
                if (!target) return;
                target.tabIndex = -1;
                target.focus({ preventScroll: true });
                target.scrollIntoView({ block: 'start' });
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
