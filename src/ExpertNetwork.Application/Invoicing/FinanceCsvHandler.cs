namespace ExpertNetwork.Application.Invoicing;

/// <summary>What a list filter matches, written as CSV to <paramref name="Output"/>.</summary>
public abstract record FinanceCsvQuery<TFilter>(TFilter Filter, TextWriter Output);

/// <summary>
/// A CSV of what one side's list filter matches, the same way for both sides: the header row of the side's columns, the
/// side's rows, flushed at the end. A side says which documents become which rows.
/// </summary>
public abstract class FinanceCsvHandler<TQuery, TFilter>(IReadOnlyList<string> columns) where TQuery : FinanceCsvQuery<TFilter>
{
    public async Task HandleAsync(TQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (filter, output) = (query.Filter, query.Output);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(InvoiceCsv.Header(columns));
        await WriteRowsAsync(filter, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private protected abstract Task WriteRowsAsync(TFilter filter, TextWriter output, CancellationToken cancellationToken);
}
