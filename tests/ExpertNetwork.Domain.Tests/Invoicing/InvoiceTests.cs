using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Invoicing;

public sealed class InvoiceTests
{
    private static readonly DateOnly IssueDate = InvoiceBuilder.IssueDate;
    private static readonly DateTime Now = InvoiceBuilder.IssuedUtc;
    private static readonly string PdfHash = TestHashes.Sha256Of("invoice pdf");

    private static InvoiceBuilder ForClient(Client client) => new InvoiceBuilder().ForClient(client);

    private static NumberSeries CreditNotes() => NumberSeries.Start(NumberSeries.CreditNotes, 2026);

    private static Invoice VoidedByItsCreditNote(Invoice invoice) => invoice.Void(CreditNotes(), IssueDate, 0, "Wrong hours", Now);

    [Fact]
    public void Line_amounts_and_vat_are_rounded_half_away_from_zero_to_the_cent()
    {
        var client = new ClientBuilder().WithVatRate(0.17m).Build();

        var invoice = ForClient(client).WithLine(0.25m, 10.50m).WithLine(1m, 9.87m).Build();

        invoice.Lines.Select(l => l.Amount).ShouldBe([2.63m, 9.87m]);
        invoice.Subtotal.ShouldBe(12.50m);
        invoice.TaxRate.ShouldBe(0.17m);
        invoice.TaxAmount.ShouldBe(2.13m);
        invoice.Total.ShouldBe(14.63m);
        invoice.TotalMoney.ShouldBe(new Money(14.63m, "EUR"));
    }

    [Fact]
    public void Lines_are_shown_by_description_then_rate_whatever_order_they_were_stored_in()
    {
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder().ForClient(client).Build();
        var period = new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var expert = Guid.NewGuid();
        var invoice = Invoice.Draft(client, project, period,
        [
            new BillingLine("Zola Auer — Annotation, 2026-03-16–2026-03-27", expert, Activity.Annotation, 4m, 280m, project.Currency),
            new BillingLine("Anna Berg — Review, 2026-03-02–2026-03-20", Guid.NewGuid(), Activity.Review, 2m, 300m, project.Currency),
            new BillingLine("Zola Auer — Annotation, 2026-03-02–2026-03-13", expert, Activity.Annotation, 6m, 260m, project.Currency),
        ], Now);

        invoice.LinesInOrder().Select(l => l.Description[..10] + "/" + l.UnitPrice).ShouldBe(["Anna Berg /300", "Zola Auer /260", "Zola Auer /280"]);
    }

    [Fact]
    public void A_typical_month_adds_up_to_the_total_with_vat()
    {
        var client = new ClientBuilder().WithVatRate(0.23m).Build();

        var invoice = ForClient(client).WithLine(7.5m, 120.10m).WithLine(1.25m, 10.10m).Build();

        invoice.Subtotal.ShouldBe(913.38m);
        invoice.TaxAmount.ShouldBe(210.08m);
        invoice.Total.ShouldBe(1123.46m);
    }

    [Fact]
    public void A_yen_invoice_is_rounded_to_whole_yen()
    {
        var client = new ClientBuilder().InCurrency("JPY").WithVatRate(0.10m).Build();
        var project = new ProjectBuilder().ForClient(client).WithBudget(new Money(30_000_000m, "JPY")).Build();

        var invoice = ForClient(client).ForProject(project).WithLine(1.5m, 333m).WithLine(0.25m, 18_250m).Build();

        invoice.Currency.ShouldBe("JPY");
        invoice.Lines.Select(l => l.Amount).ShouldBe([500m, 4563m]);
        invoice.TaxAmount.ShouldBe(506m);
        invoice.Total.ShouldBe(5569m);
    }

    [Fact]
    public void A_reverse_charge_client_is_invoiced_without_vat()
    {
        var client = new ClientBuilder().WithVatRate(0.19m).WithReverseCharge().Build();

        var invoice = ForClient(client).WithLine(40m, 120m).Build();

        invoice.ReverseCharge.ShouldBeTrue();
        invoice.TaxAmount.ShouldBe(0m);
        invoice.Total.ShouldBe(4800m);
    }

    [Fact]
    public void A_client_with_zero_vat_pays_the_subtotal()
    {
        var client = new ClientBuilder().WithVatRate(0m).Build();

        var invoice = ForClient(client).WithLine(10m, 99.99m).Build();

        invoice.Total.ShouldBe(999.90m);
    }

    [Theory]
    [InlineData(ConfidentialityLevel.Open, false)]
    [InlineData(ConfidentialityLevel.Confidential, true)]
    [InlineData(ConfidentialityLevel.Restricted, true)]
    public void Experts_are_named_on_the_invoice_only_for_an_open_project(ConfidentialityLevel confidentiality, bool pseudonymous)
    {
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder().ForClient(client).WithConfidentiality(confidentiality).Build();

        ForClient(client).ForProject(project).Build().PseudonymousExperts.ShouldBe(pseudonymous);
    }

    [Fact]
    public void A_project_of_another_client_cannot_be_invoiced_to_this_one()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => ForClient(new ClientBuilder().Build()).ForProject(project).Build())
            .Message.ShouldBe("The project belongs to another client.");
    }

    [Fact]
    public void An_invoice_period_needs_an_end_date()
    {
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder().ForClient(client).Build();

        Should.Throw<Refusal>(() => Invoice.Draft(client, project, new DateRange(new DateOnly(2026, 3, 1), null), [], Now))
            .Message.ShouldBe("An invoice period needs an end date.");
    }

    [Fact]
    public void A_line_without_hours_or_with_a_negative_price_is_refused()
    {
        Should.Throw<Refusal>(() => new BillingLine("Annotation", null, Activity.Annotation, 0m, 100m, "EUR"))
            .Message.ShouldBe("A line needs hours.");
        Should.Throw<Refusal>(() => new BillingLine("Annotation", null, Activity.Annotation, 1m, -100m, "EUR"))
            .Message.ShouldBe("A unit price cannot be negative.");
    }

    [Fact]
    public void Regenerating_a_draft_replaces_its_lines_and_totals()
    {
        var invoice = new InvoiceBuilder().WithLine(10m, 100m).Build();

        invoice.ReplaceLines([new BillingLine("Review", null, Activity.Review, 2m, 150m, "EUR")]);

        invoice.Lines.ShouldHaveSingleItem().Amount.ShouldBe(300m);
        invoice.Subtotal.ShouldBe(300m);
        invoice.Total.ShouldBe(357m);
    }

    [Fact]
    public void Issuing_gives_consecutive_numbers_from_the_years_series()
    {
        var series = NumberSeries.Start(NumberSeries.Invoices, 2026);

        var first = new InvoiceBuilder().BuildIssued(series);
        var second = new InvoiceBuilder().BuildIssued(series);

        first.Number.ShouldBe("INV-2026-000001");
        second.Number.ShouldBe("INV-2026-000002");
        second.SequenceNumber.ShouldBe(2);
        second.SeriesKey.ShouldBe("INV-2026");
        series.LastNumber.ShouldBe(2);
    }

    [Fact]
    public void An_issued_invoice_is_due_after_the_payment_terms()
    {
        var invoice = new InvoiceBuilder().Build();

        invoice.Issue(NumberSeries.Start(NumberSeries.Invoices, 2026), IssueDate, 30, Now);

        invoice.Status.ShouldBe(DocumentStatus.Issued);
        invoice.IssueDate.ShouldBe(IssueDate);
        invoice.DueDate.ShouldBe(new DateOnly(2026, 5, 1));
        invoice.IssuedUtc.ShouldBe(Now);
    }

    [Fact]
    public void Issuing_with_a_number_from_another_years_series_is_refused_and_uses_no_number()
    {
        var series = NumberSeries.Start(NumberSeries.Invoices, 2026);
        var invoice = new InvoiceBuilder().Build();

        Should.Throw<Refusal>(() => invoice.Issue(series, new DateOnly(2027, 1, 4), 30, Now))
            .Message.ShouldBe("A document dated 2027-01-04 cannot take a number from the 2026 series.");
        invoice.Status.ShouldBe(DocumentStatus.Draft);
        invoice.Number.ShouldBeNull();
        series.LastNumber.ShouldBe(0);
    }

    [Fact]
    public void A_document_without_lines_cannot_be_issued()
    {
        var client = new ClientBuilder().Build();
        var invoice = Invoice.Draft(client, new ProjectBuilder().ForClient(client).Build(), new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), [], Now);

        Should.Throw<Refusal>(() => invoice.Issue(NumberSeries.Start(NumberSeries.Invoices, 2026), IssueDate, 30, Now))
            .Message.ShouldBe("A document without lines cannot be issued.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Payment_terms_outside_0_to_365_days_are_refused(int days)
    {
        var invoice = new InvoiceBuilder().Build();

        Should.Throw<Refusal>(() => invoice.Issue(NumberSeries.Start(NumberSeries.Invoices, 2026), IssueDate, days, Now))
            .Message.ShouldBe("Payment terms must be between 0 and 365 days.");
    }

    [Fact]
    public void An_issued_invoice_cannot_be_issued_again()
    {
        var invoice = new InvoiceBuilder().BuildIssued();

        Should.Throw<Refusal>(() => invoice.Issue(NumberSeries.Start(NumberSeries.Invoices, 2026), IssueDate, 30, Now))
            .Message.ShouldBe("This document is issued, so it cannot be issued.");
        invoice.Number.ShouldBe("INV-2026-000001");
    }

    [Fact]
    public void The_lines_of_an_issued_invoice_cannot_change()
    {
        var invoice = new InvoiceBuilder().WithLine(10m, 100m).BuildIssued();

        Should.Throw<Refusal>(() => invoice.ReplaceLines([new BillingLine("Extra", null, Activity.Review, 1m, 1m, "EUR")]))
            .Message.ShouldBe("This document is issued, so it cannot be changed.");
        invoice.Subtotal.ShouldBe(1000m);
    }

    [Fact]
    public void The_pdf_of_an_issued_invoice_is_stored_once()
    {
        var invoice = new InvoiceBuilder().BuildIssued();

        invoice.AttachPdf(PdfHash.ToUpperInvariant(), "invoices/2026/INV-2026-000001.pdf");

        invoice.PdfSha256.ShouldBe(PdfHash);
        invoice.PdfStorageKey.ShouldBe("invoices/2026/INV-2026-000001.pdf");
        Should.Throw<Refusal>(() => invoice.AttachPdf(TestHashes.Sha256Of("other"), "other.pdf"))
            .Message.ShouldBe("The PDF of an issued document is already stored and cannot be replaced.");
        invoice.PdfSha256.ShouldBe(PdfHash);
    }

    [Fact]
    public void A_draft_has_no_final_pdf()
    {
        Should.Throw<Refusal>(() => new InvoiceBuilder().Build().AttachPdf(PdfHash, "draft.pdf"))
            .Message.ShouldBe("A draft has no final PDF.");
    }

    [Fact]
    public void A_pdf_hash_that_is_not_sha256_is_refused()
    {
        Should.Throw<Refusal>(() => new InvoiceBuilder().BuildIssued().AttachPdf("1234", "invoice.pdf"))
            .Message.ShouldBe("The PDF hash must be a SHA-256 hex digest.");
    }

    [Fact]
    public void An_issued_invoice_can_be_marked_paid()
    {
        var invoice = new InvoiceBuilder().BuildIssued();

        invoice.MarkPaid(new DateOnly(2026, 4, 20), " SEPA-778812 ", Now.AddDays(19));

        invoice.Status.ShouldBe(DocumentStatus.Paid);
        invoice.PaidOn.ShouldBe(new DateOnly(2026, 4, 20));
        invoice.PaymentReference.ShouldBe("SEPA-778812");
    }

    [Fact]
    public void A_payment_dated_in_the_future_is_refused()
    {
        var invoice = new InvoiceBuilder().BuildIssued();

        Should.Throw<Refusal>(() => invoice.MarkPaid(new DateOnly(2026, 5, 1), null, Now.AddDays(19)))
            .Message.ShouldBe("The payment date 2026-05-01 is in the future; record a payment once it has arrived.");
        invoice.Status.ShouldBe(DocumentStatus.Issued);
    }

    [Fact]
    public void Regenerating_a_draft_takes_the_clients_current_vat_and_reverse_charge()
    {
        var client = new ClientBuilder().WithVatRate(0.19m).Build();
        var project = new ProjectBuilder().ForClient(client).Build();
        var invoice = new InvoiceBuilder().ForClient(client).ForProject(project).WithLine(10m, 100m).Build();
        invoice.TaxAmount.ShouldBe(190m);
        client.UpdateBilling(client.Name, client.LegalName, client.BillingEmail, client.BillingAddress, client.CountryCode, client.Currency, 0.20m, true, "DE123456789", client.RequiresClientNda);

        invoice.Reprice(client, project, [new BillingLine("Annotation", Guid.NewGuid(), Activity.Annotation, 10m, 100m, project.Currency)]);

        (invoice.TaxRate, invoice.ReverseCharge, invoice.TaxAmount, invoice.Total).ShouldBe((0.20m, true, 0m, 1000m));
        var issued = new InvoiceBuilder().BuildIssued();
        Should.Throw<Refusal>(() => issued.Reprice(client, project, []));
    }

    [Fact]
    public void A_payment_dated_before_the_issue_date_is_refused()
    {
        var invoice = new InvoiceBuilder().BuildIssued();

        Should.Throw<Refusal>(() => invoice.MarkPaid(IssueDate.AddDays(-1), null, Now))
            .Message.ShouldBe("The payment date cannot be before the issue date.");
        invoice.Status.ShouldBe(DocumentStatus.Issued);
    }

    [Fact]
    public void A_draft_cannot_be_marked_paid()
    {
        Should.Throw<Refusal>(() => new InvoiceBuilder().Build().MarkPaid(IssueDate, null, Now))
            .Message.ShouldBe("This document is draft, so it cannot be marked paid.");
    }

    [Fact]
    public void A_paid_invoice_cannot_be_paid_twice()
    {
        var invoice = new InvoiceBuilder().BuildIssued();
        invoice.MarkPaid(IssueDate, null, Now);

        Should.Throw<Refusal>(() => invoice.MarkPaid(IssueDate.AddDays(1), null, Now))
            .Message.ShouldBe("This document is paid, so it cannot be marked paid.");
    }

    [Fact]
    public void A_credit_note_negates_every_line_and_total_of_the_invoice()
    {
        var client = new ClientBuilder().WithVatRate(0.17m).Build();
        var invoice = ForClient(client).WithLine(0.25m, 10.50m).WithLine(1m, 9.87m).BuildIssued();

        var note = invoice.CreateCreditNote(Now);

        note.Kind.ShouldBe(DocumentKind.CreditNote);
        note.Status.ShouldBe(DocumentStatus.Draft);
        note.CreditedDocumentId.ShouldBe(invoice.Id);
        note.ClientId.ShouldBe(invoice.ClientId);
        note.Period.ShouldBe(invoice.Period);
        note.Lines.Select(l => l.Hours).ShouldBe([-0.25m, -1m]);
        note.Lines.Select(l => l.Amount).ShouldBe([-2.63m, -9.87m]);
        note.Subtotal.ShouldBe(-12.50m);
        note.TaxAmount.ShouldBe(-2.13m);
        note.Total.ShouldBe(-invoice.Total);
    }

    [Fact]
    public void A_credit_note_for_a_reverse_charge_invoice_carries_no_vat_either()
    {
        var client = new ClientBuilder().WithReverseCharge().Build();
        var invoice = ForClient(client).WithLine(10m, 100m).BuildIssued();

        var note = invoice.CreateCreditNote(Now);

        note.ReverseCharge.ShouldBeTrue();
        note.TaxAmount.ShouldBe(0m);
        note.Total.ShouldBe(-1000m);
    }

    [Fact]
    public void Only_an_issued_unpaid_invoice_can_be_credited()
    {
        var draft = new InvoiceBuilder().Build();
        var paid = new InvoiceBuilder().BuildIssued();
        paid.MarkPaid(IssueDate, null, Now);
        var note = VoidedByItsCreditNote(new InvoiceBuilder().BuildIssued());
        const string message = "Only an issued, unpaid invoice or statement can be credited.";

        Should.Throw<Refusal>(() => draft.CreateCreditNote(Now)).Message.ShouldBe(message);
        Should.Throw<Refusal>(() => paid.CreateCreditNote(Now)).Message.ShouldBe(message);
        Should.Throw<Refusal>(() => note.CreateCreditNote(Now)).Message.ShouldBe(message);
    }

    [Fact]
    public void Voiding_an_invoice_issues_its_credit_note_and_stamps_the_invoice_voided()
    {
        var invoice = new InvoiceBuilder().BuildIssued();

        var note = invoice.Void(CreditNotes(), IssueDate, 0, "Hours billed to the wrong project", Now.AddDays(2));

        note.Kind.ShouldBe(DocumentKind.CreditNote);
        note.Status.ShouldBe(DocumentStatus.Issued);
        note.CreditedDocumentId.ShouldBe(invoice.Id);
        invoice.Status.ShouldBe(DocumentStatus.Voided);
        invoice.CreditNoteId.ShouldBe(note.Id);
        invoice.VoidReason.ShouldBe("Hours billed to the wrong project");
        note.Number.ShouldBe("CRN-2026-000001");
    }




    [Fact]
    public void Voiding_needs_a_reason()
    {
        var invoice = new InvoiceBuilder().BuildIssued();
        var series = CreditNotes();

        Should.Throw<Refusal>(() => invoice.Void(series, IssueDate, 0, " ", Now))
            .Message.ShouldBe("A reason for voiding is required.");
        invoice.Status.ShouldBe(DocumentStatus.Issued);
        series.LastNumber.ShouldBe(0);
    }

    [Fact]
    public void A_paid_invoice_cannot_be_voided()
    {
        var invoice = new InvoiceBuilder().BuildIssued();
        invoice.MarkPaid(IssueDate, null, Now);

        Should.Throw<Refusal>(() => invoice.Void(CreditNotes(), IssueDate, 0, "Too late", Now))
            .Message.ShouldBe("This document is paid, so it cannot be voided.");
    }

    [Fact]
    public void A_voided_invoice_cannot_be_paid()
    {
        var invoice = new InvoiceBuilder().BuildIssued();
        VoidedByItsCreditNote(invoice);

        Should.Throw<Refusal>(() => invoice.MarkPaid(IssueDate, null, Now))
            .Message.ShouldBe("This document is voided, so it cannot be marked paid.");
    }

    [Fact]
    public void A_credit_note_cannot_itself_be_voided()
    {
        var note = VoidedByItsCreditNote(new InvoiceBuilder().BuildIssued());

        Should.Throw<Refusal>(() => note.Void(CreditNotes(), IssueDate, 0, "Undo", Now))
            .Message.ShouldBe("A credit note cannot be voided.");
    }

    [Fact]
    public void A_credit_note_is_not_issued_on_its_own()
    {
        var note = new InvoiceBuilder().BuildIssued().CreateCreditNote(Now);
        var series = CreditNotes();

        Should.Throw<Refusal>(() => note.Issue(series, IssueDate, 0, Now))
            .Message.ShouldBe("A credit note is issued when its invoice is voided, not on its own.");
        note.Status.ShouldBe(DocumentStatus.Draft);
        series.LastNumber.ShouldBe(0);
    }

    [Fact]
    public void A_credit_note_cannot_be_paid()
    {
        var note = VoidedByItsCreditNote(new InvoiceBuilder().BuildIssued());

        Should.Throw<Refusal>(() => note.MarkPaid(IssueDate, null, Now))
            .Message.ShouldBe("A credit note is settled against its invoice, not paid.");
        note.Status.ShouldBe(DocumentStatus.Issued);
    }
}
