import { LoadingState } from '../../components/LoadingState';

export function FullPageLoading() {
  return (
    <div className="full-page-loading">
      <LoadingState />
    </div>
  );
}
