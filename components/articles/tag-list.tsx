import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

type Props = { locale: Locale; label: string; ids: string[]; tags: Tag[] };

export function TagList({ locale, label, ids, tags }: Props) {
  return (
    <ul className="tag-list" aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <SiteLink className="tag" href={localePath(locale, `/articles/tag/${id}/`)}>
            {tags.find((t) => t.id === id)?.name ?? id}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
