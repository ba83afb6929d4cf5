import { PageHead } from '../components/page-head.js';

export function NotFoundScreen() {
  return (
    <>
      <PageHead title="Page not found" />
      <p>
        There is nothing at this address. <a href="#/links">Go to your links</a>.
      </p>
    </>
  );
}
