import { Spinner } from './spinner';

export function PageLoading() {
  return (
    <div className="page-loading">
      <Spinner />
    </div>
  );
}
