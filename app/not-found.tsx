import Link from "next/link";

export default function NotFound() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <div className="button-row">
        <Link className="button" href="/">
          Go to the home page
        </Link>
        <Link className="button button-secondary" href="/assess/journey/">
          Take the journey assessment
        </Link>
      </div>
    </div>
  );
}
