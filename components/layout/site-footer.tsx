export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          Outside-In is open source. Your answers are scored in your browser and never sent anywhere.
        </p>
        <p>
          Built on Graham Hill&apos;s six stages of customer-centricity and Paul Levesque&apos;s five service blunders.
        </p>
      </div>
    </footer>
  );
}
