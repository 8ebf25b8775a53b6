import { fill, formatCountIn } from "@/lib/i18n/format";
import type { TeamText } from "@/lib/team/text";

type Props = { length: number; asked: boolean; onAsk: () => void; text: TeamText };

/**
 * A team link too long to write into the address at every change (ADDRESS_ON_REQUEST): said
 * plainly, with a button that writes it. Once asked, the address follows the view's changes.
 */
export function AddressOnRequest({ length, asked, onAsk, text }: Props) {
  const t = text.team;
  return (
    <div className="notice no-print">
      <p>{fill(t.addressOnRequest, { n: formatCountIn(text.locale, length) })}</p>
      {/* Kept once pressed, so keyboard focus stays where it was; pressed again it changes nothing. */}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onAsk}>
          {t.putInAddress}
        </button>
      </div>
      <p role="status" className="muted">
        {asked ? t.inAddress : ""}
      </p>
    </div>
  );
}
