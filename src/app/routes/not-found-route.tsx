import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/document-title';
import { paths } from '../../config/paths';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <section className="state">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to={paths.home()}>Go to operations</Link>
      </p>
    </section>
  );
}
