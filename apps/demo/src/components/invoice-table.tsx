import { useInvoices } from '../api/queries'
import { formatDate, formatMoney } from '../format'
import { Badge } from './badge'
import { Callout } from './callout'
import { Card } from './card'
import { EmptyState } from './empty-state'
import { FileIcon } from './icons'
import { SkeletonBlock } from './skeleton'

/** The account's invoices, newest first. */
export function InvoiceTable() {
  const invoices = useInvoices()
  return (
    <Card title="Invoices" headingId="invoices-title">
      {invoices.isPending ? (
        <SkeletonBlock label="Loading invoices" lines={3} />
      ) : invoices.isError ? (
        <Callout tone="danger" title="Invoices could not be loaded" role="alert">
          {invoices.error.message}
        </Callout>
      ) : invoices.data.length === 0 ? (
        <EmptyState icon={<FileIcon />} title="No invoices yet">
          Invoices appear here after your first payment.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Description</th>
                <th scope="col" className="table__number">
                  Amount
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {invoices.data.map((invoice) => (
                <tr key={invoice.id}>
                  <td>{formatDate(invoice.date)}</td>
                  <td>{invoice.description ?? invoice.id}</td>
                  <td className="table__number">{formatMoney(invoice.amount, invoice.currency)}</td>
                  <td>
                    <Badge
                      tone={
                        invoice.status === 'paid'
                          ? 'success'
                          : invoice.status === 'open'
                            ? 'danger'
                            : 'neutral'
                      }
                    >
                      {invoice.status === 'paid' ? 'Paid' : invoice.status === 'open' ? 'Open' : 'Void'}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  )
}
