/**
 * A link to an organization's entry in an outside registry (ROR, Wikidata). The
 * registry's name is part of the link's accessible name, so a screen reader's list
 * of links reads "ROR record 03m2x1q45" rather than a bare code.
 */
export function IdentifierLink({ href, registry, id }: { href: string; registry: string; id: string }) {
  return (
    <a href={href} rel="external noopener">
      <span className="sr-only">{registry} </span>
      {id}
    </a>
  );
}
