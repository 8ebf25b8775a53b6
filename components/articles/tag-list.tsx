import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";

export function TagList({ ids, tags }: { ids: string[]; tags: Tag[] }) {
  return (
    <ul className="tag-list" aria-label="Tags">
      {ids.map((id) => (
        <li key={id}>
          <SiteLink className="tag" href={`/articles/tag/${id}/`}>
            {tags.find((t) => t.id === id)?.name ?? id}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
