// /operations/:operationId — lazy route; the detail feature renders it.
import { useParams } from 'react-router';
import { OperationDetailPage } from '../../features/operations/detail/operation-detail-page';

export default function OperationRoute() {
  const { operationId = '' } = useParams();
  return <OperationDetailPage operationId={operationId} />;
}
