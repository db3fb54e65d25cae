using ExpertNetwork.Domain.Common;
namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>A template the product uses: its name (<c>emails/offer</c>), kind, the variables its model provides, and sample data for previews.</summary>
public sealed record TemplateDefinition(string Name, TemplateKind Kind, IReadOnlyList<string> Variables, object SampleModel)
{
    /// <summary>True when <paramref name="path"/> is a declared variable or an object/list that contains one (e.g. <c>lines</c> for <c>lines.amount</c>).</summary>
    public bool Allows(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Variables.Any(v => v == path || v.StartsWith(path + ".", StringComparison.Ordinal));
    }
}

/// <summary>
/// The templates the product ships and the variables each one may use. The model a use case passes to a template must
/// provide these names (camelCase). An admin edit that reads anything else is rejected by <see cref="TemplateValidator"/>.
/// </summary>
public static class TemplateCatalog
{
    public static class Names
    {
        public const string OfferEmail = "emails/offer";
        public const string OfferAcceptedEmail = "emails/offer-accepted";
        public const string OfferReminderEmail = "emails/offer-reminder";
        public const string OfferWithdrawnEmail = "emails/offer-withdrawn";
        public const string EngagementCancelledEmail = "emails/engagement-cancelled";
        public const string StaffingExhaustedEmail = "emails/staffing-exhausted";
        public const string NdaRequestEmail = "emails/nda-request";
        public const string NdaSignedEmail = "emails/nda-signed";
        public const string SprintInviteEmail = "emails/sprint-invite";
        public const string SprintReminderEmail = "emails/sprint-reminder";
        public const string SprintCancelledEmail = "emails/sprint-cancelled";
        public const string TimesheetReminderEmail = "emails/timesheet-reminder";
        public const string PortalSignInEmail = "emails/portal-sign-in";
        public const string CredentialExpiryEmail = "emails/credential-expiry";
        public const string NdaExpiryEmail = "emails/nda-expiry";
        public const string ExpertEmailChangedEmail = "emails/expert-email-changed";
        public const string InvoiceEmail = "emails/invoice";
        public const string FinanceDraftsReadyEmail = "emails/finance-drafts-ready";
        public const string BudgetWarningEmail = "emails/budget-warning";
        public const string PayoutStatementEmail = "emails/payout-statement";
        public const string ContractDocument = "documents/contract";
        public const string NdaDocument = "documents/nda";
        public const string InvoiceDocument = "documents/invoice";
        public const string PayoutStatementDocument = "documents/payout-statement";
    }

    /// <summary>
    /// The client in the sample data carries markup in its name, as a careless or hostile entry would, so every preview
    /// shows that values from users are escaped: it must appear as exactly this text, never as a script.
    /// </summary>
    public const string SampleClientName = "Müller MedTech GmbH <script>alert(1)</script>";

    private static readonly object SampleCompany = new
    {
        name = "ExpertNetwork Sp. z o.o.",
        address = "ul. Złota 44, 00-120 Warszawa, Poland",
        taxId = "PL5252812345",
    };

    public static IReadOnlyList<TemplateDefinition> All { get; } =
    [
        new(Names.OfferEmail, TemplateKind.Email,
            ["expert.name", "project.title", "project.client", "offer.rate", "offer.currency", "offer.hours", "offer.startDate", "offer.respondBy", "offer.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
                offer = new { rate = 180m, currency = "EUR", hours = 12.5m, startDate = new DateOnly(2026, 3, 3), respondBy = new DateOnly(2026, 2, 27), url = "https://app.example.com/offers/8f3a" },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.OfferAcceptedEmail, TemplateKind.Email,
            ["expert.name", "project.title", "project.client", "engagement.startDate", "engagement.endDate", "engagement.rate", "engagement.currency",
             "engagement.hoursPerWeek", "engagement.acceptedAt", "engagement.timeZone", "engagement.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
                engagement = new
                {
                    startDate = new DateOnly(2026, 3, 3),
                    endDate = new DateOnly(2026, 4, 30),
                    rate = 180m,
                    currency = "EUR",
                    hoursPerWeek = 12.5m,
                    acceptedAt = new DateTimeOffset(2026, 2, 21, 9, 15, 0, TimeSpan.Zero),
                    timeZone = "Europe/Warsaw",
                    url = "https://app.example.com/offers/8f3a",
                },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.OfferReminderEmail, TemplateKind.Email,
            ["expert.name", "project.title", "project.client", "offer.rate", "offer.currency", "offer.hours", "offer.respondBy", "offer.timeZone", "offer.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
                offer = new
                {
                    rate = 180m, currency = "EUR", hours = 12.5m, respondBy = new DateTimeOffset(2026, 2, 27, 17, 0, 0, TimeSpan.Zero),
                    timeZone = "Europe/Warsaw", url = "https://app.example.com/offers/8f3a",
                },
                sender = new { name = "The ExpertNetwork staffing team" },
            }),
        new(Names.OfferWithdrawnEmail, TemplateKind.Email,
            ["expert.name", "project.title", "project.client", "offer.sentOn", "offer.reason", "sender.name", "sender.contactEmail"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
                offer = new { sentOn = new DateOnly(2026, 2, 24), reason = "The client reduced the number of reviewers for this phase." },
                sender = new { name = "The ExpertNetwork staffing team", contactEmail = "staffing@expertnetwork.example" },
            }),
        new(Names.EngagementCancelledEmail, TemplateKind.Email,
            ["expert.name", "project.title", "project.client", "engagement.startDate", "engagement.endDate", "engagement.reason", "sender.name", "sender.contactEmail"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
                engagement = new { startDate = new DateOnly(2026, 3, 3), endDate = new DateOnly(2026, 4, 10), reason = "The client postponed the study to the autumn." },
                sender = new { name = "The ExpertNetwork staffing team", contactEmail = "staffing@expertnetwork.example" },
            }),
        new(Names.StaffingExhaustedEmail, TemplateKind.Email,
            ["request.title", "request.seatsOpen", "request.seatsNeeded", "request.url", "project.title", "sender.name"],
            new
            {
                request = new { title = "Hematologic oncology reviewers", seatsOpen = 3, seatsNeeded = 12, url = "https://app.example.com/staffing/0192" },
                project = new { title = "Robotic-assisted knee replacement review" },
                sender = new { name = "The ExpertNetwork staffing team" },
            }),
        new(Names.NdaRequestEmail, TemplateKind.Email,
            ["expert.name", "nda.title", "nda.url", "nda.dueDate", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                nda = new { title = "Master confidentiality agreement", url = "https://app.example.com/nda/51c2", dueDate = new DateOnly(2026, 2, 25) },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.NdaSignedEmail, TemplateKind.Email,
            ["expert.name", "nda.title", "nda.signedAt", "nda.timeZone", "nda.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                nda = new
                {
                    title = "Master confidentiality agreement",
                    signedAt = new DateTimeOffset(2026, 2, 21, 9, 15, 0, TimeSpan.Zero),
                    timeZone = "Europe/Warsaw",
                    url = "https://app.example.com/nda/51c2",
                },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.SprintInviteEmail, TemplateKind.Email,
            ["expert.name", "sprint.title", "sprint.start", "sprint.end", "sprint.timeZone", "sprint.location", "sprint.url", "portal.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                sprint = new
                {
                    title = "Knee implant usability sprint",
                    start = new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero),
                    end = new DateTimeOffset(2026, 3, 30, 15, 0, 0, TimeSpan.Zero),
                    timeZone = "Europe/Warsaw",
                    location = "Online (video call)",
                    url = "https://app.example.com/guidelines/knee-sprint",
                },
                portal = new { url = "https://app.example.com/portal/link/Qm9vdHN0cmFwU2lnbkluTGlua1Rva2VuMDEyMzQ1Njc" },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.SprintReminderEmail, TemplateKind.Email,
            ["expert.name", "sprint.title", "sprint.end", "sprint.timeZone", "sprint.hours", "sprint.url", "portal.url", "contact.email", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                sprint = new
                {
                    title = "Knee implant usability sprint",
                    end = new DateTimeOffset(2026, 3, 30, 15, 0, 0, TimeSpan.Zero),
                    timeZone = "Europe/Warsaw",
                    hours = 12.5m,
                    url = "https://app.example.com/guidelines/knee-sprint",
                },
                portal = new { url = "https://app.example.com/portal/link/Qm9vdHN0cmFwU2lnbkluTGlua1Rva2VuMDEyMzQ1Njc" },
                contact = new { email = "sprints@expertnetwork.example" },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.SprintCancelledEmail, TemplateKind.Email,
            ["expert.name", "sprint.title", "sprint.start", "sprint.timeZone", "sprint.reason", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                sprint = new
                {
                    title = "Knee implant usability sprint",
                    start = new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero),
                    timeZone = "Europe/Warsaw",
                    reason = "The client has postponed the study.",
                },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.TimesheetReminderEmail, TemplateKind.Email,
            ["expert.name", "period.start", "period.end", "timesheet.dueDate", "timesheet.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                period = new { start = new DateOnly(2026, 3, 1), end = new DateOnly(2026, 3, 31) },
                timesheet = new { dueDate = new DateOnly(2026, 4, 3), url = "https://app.example.com/portal/link/Qm9vdHN0cmFwU2lnbkluTGlua1Rva2VuMDEyMzQ1Njc" },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.PortalSignInEmail, TemplateKind.Email,
            ["expert.name", "link.url", "link.minutes", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                link = new { url = "https://app.example.com/portal/link/8f3a", minutes = 30 },
                sender = new { name = "The ExpertNetwork programme team" },
            }),
        new(Names.CredentialExpiryEmail, TemplateKind.Email,
            ["expert.name", "credential.name", "credential.expiresOn", "credential.url", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                credential = new { name = "Medical licence (Naczelna Izba Lekarska)", expiresOn = new DateOnly(2026, 5, 15), url = "mailto:compliance@expertnetwork.example?subject=Renewed%20credential" },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.ExpertEmailChangedEmail, TemplateKind.Email,
            ["expert.name", "email.previous", "email.current", "email.changedAt", "sender.name", "sender.contactEmail"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                email = new { previous = "zofia@clinic.example", current = "z.lukasiewicz@hospital.example", changedAt = new DateOnly(2026, 5, 4) },
                sender = new { name = "The ExpertNetwork compliance team", contactEmail = "compliance@expertnetwork.example" },
            }),
        new(Names.NdaExpiryEmail, TemplateKind.Email,
            ["expert.name", "nda.name", "nda.expiresOn", "nda.contactEmail", "sender.name"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                nda = new { name = "Master NDA (version 3)", expiresOn = new DateOnly(2026, 6, 30), contactEmail = "compliance@expertnetwork.example" },
                sender = new { name = "Anna Kowalska" },
            }),
        new(Names.InvoiceEmail, TemplateKind.Email,
            ["client.name", "invoice.number", "invoice.isCreditNote", "invoice.credits", "invoice.total", "invoice.currency", "invoice.dueDate",
             "invoice.periodStart", "invoice.periodEnd", "sender.name"],
            new
            {
                client = new { name = SampleClientName },
                invoice = new
                {
                    number = "INV-2026-000042", isCreditNote = false, credits = (string?)null, total = 5535m, currency = "EUR", dueDate = new DateOnly(2026, 4, 14),
                    periodStart = new DateOnly(2026, 3, 1), periodEnd = new DateOnly(2026, 3, 31),
                },
                sender = new { name = "ExpertNetwork" },
            }),
        new(Names.PayoutStatementEmail, TemplateKind.Email,
            ["expert.name", "statement.kind", "statement.number", "statement.creditedNumber", "statement.issueDate", "statement.dueDate", "statement.paymentTermDays",
             "statement.periodStart", "statement.periodEnd", "statement.total", "statement.currency", "portal.url", "sender.name", "sender.contactEmail"],
            new
            {
                expert = new { name = "Dr Zofia Łukasiewicz" },
                statement = new
                {
                    kind = "Payout statement", number = "PAY-2026-000045", creditedNumber = (string?)null, issueDate = new DateOnly(2026, 4, 1),
                    dueDate = new DateOnly(2026, 5, 1), paymentTermDays = 30, periodStart = new DateOnly(2026, 3, 1), periodEnd = new DateOnly(2026, 3, 31),
                    total = 2250m, currency = "EUR",
                },
                portal = new { url = "https://app.example.com/portal/link/Qm9vdHN0cmFwU2lnbkluTGlua1Rva2VuMDEyMzQ1Njc" },
                sender = new { name = "The ExpertNetwork finance team", contactEmail = "finance@expertnetwork.example" },
            }),
        new(Names.BudgetWarningEmail, TemplateKind.Email,
            ["project.name", "project.code", "project.client", "project.url", "budget.threshold", "budget.percentUsed", "budget.currency",
             "budget.amount", "budget.spent", "budget.billed", "budget.unbilled", "budget.remaining", "budget.url"],
            new
            {
                project = new { name = "Robotic-assisted knee replacement review", code = "KNEE-2026", client = SampleClientName, url = "https://app.example.com/projects/0193" },
                budget = new
                {
                    threshold = 80, percentUsed = "83.6", currency = "EUR", amount = 120000m, spent = 100320m, billed = 84000m, unbilled = 16320m,
                    remaining = 19680m, url = "https://app.example.com/finance/budgets",
                },
            }),
        new(Names.ContractDocument, TemplateKind.Document,
            ["contract.number", "contract.date", "company.name", "company.address", "company.taxId", "expert.name", "expert.address",
             "project.title", "project.client", "engagement.startDate", "engagement.endDate", "engagement.rate", "engagement.currency",
             "engagement.hours", "engagement.paymentTermsDays"],
            new
            {
                contract = new { number = "C-2026-0107", date = new DateOnly(2026, 2, 20) },
                company = SampleCompany,
                expert = new { name = "Dr Zofia Łukasiewicz", address = "ul. Długa 5/12, 31-147 Kraków, Poland" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
                engagement = new { startDate = new DateOnly(2026, 3, 3), endDate = new DateOnly(2026, 4, 30), rate = 180m, currency = "EUR", hours = 12.5m, paymentTermsDays = 30 },
            }),
        new(Names.NdaDocument, TemplateKind.Document,
            ["nda.date", "nda.termYears", "company.name", "company.address", "expert.name", "expert.address", "project.title", "project.client"],
            new
            {
                nda = new { date = new DateOnly(2026, 2, 20), termYears = 5 },
                company = SampleCompany,
                expert = new { name = "Dr Zofia Łukasiewicz", address = "ul. Długa 5/12, 31-147 Kraków, Poland" },
                project = new { title = "Robotic-assisted knee replacement review", client = SampleClientName },
            }),
        new(Names.InvoiceDocument, TemplateKind.Document,
            ["invoice.title", "invoice.number", "invoice.issueDate", "invoice.dueDate", "invoice.periodStart", "invoice.periodEnd", "invoice.currency",
             "invoice.subtotal", "invoice.taxRate", "invoice.tax", "invoice.total", "invoice.notes", "company.name", "company.address", "company.taxId",
             "client.name", "client.address", "client.taxId", "project.name", "project.code",
             "lines.description", "lines.quantity", "lines.unitPrice", "lines.amount", "payment.iban", "payment.reference"],
            new
            {
                invoice = new
                {
                    title = "Invoice", number = "INV-2026-000042", issueDate = new DateOnly(2026, 4, 1), dueDate = new DateOnly(2026, 5, 1),
                    periodStart = new DateOnly(2026, 3, 1), periodEnd = new DateOnly(2026, 3, 31), currency = "EUR",
                    subtotal = 4500m, taxRate = "23", tax = 1035m, total = 5535m, notes = "Reverse charge: VAT to be accounted for by the recipient.",
                },
                company = SampleCompany,
                client = new { name = SampleClientName, address = "Königstraße 1, 70173 Stuttgart, Germany", taxId = "DE811234567" },
                project = new { name = "Robotic-assisted knee replacement review", code = "KNEE-01" },
                lines = new[]
                {
                    new { description = "Dr Zofia Łukasiewicz — Review, 2026-03-02–2026-03-27", quantity = 12.5m, unitPrice = 240m, amount = 3000m },
                    new { description = "Expert 3FA41C — Annotation, 2026-03-09–2026-03-20", quantity = 5m, unitPrice = 300m, amount = 1500m },
                },
                payment = new { iban = "PL61 1090 1014 0000 0712 1981 2874", reference = "INV-2026-000042" },
            }),
        new(Names.PayoutStatementDocument, TemplateKind.Document,
            ["statement.title", "statement.number", "statement.date", "statement.dueDate", "statement.periodStart", "statement.periodEnd", "statement.currency",
             "statement.gross", "statement.tax", "statement.net", "statement.notes", "company.name", "company.address", "company.taxId",
             "expert.name", "expert.email", "expert.country", "lines.description", "lines.hours", "lines.unitPrice", "lines.amount"],
            new
            {
                statement = new
                {
                    title = "Payout statement", number = "PAY-2026-000019", date = new DateOnly(2026, 4, 1), dueDate = new DateOnly(2026, 5, 1),
                    periodStart = new DateOnly(2026, 3, 1), periodEnd = new DateOnly(2026, 3, 31), currency = "EUR", gross = 2250m, tax = 0m, net = 2250m,
                    notes = string.Empty,
                },
                company = SampleCompany,
                expert = new { name = "Dr Zofia Łukasiewicz", email = "zofia@example.com", country = "PL" },
                lines = new[]
                {
                    new { description = "Knee implant usability review — Review, 2026-03-02–2026-03-27", hours = 12.5m, unitPrice = 180m, amount = 2250m },
                },
            }),
        new(Names.FinanceDraftsReadyEmail, TemplateKind.Email,
            ["run.periodStart", "run.periodEnd", "run.invoices", "run.statements", "run.skipped", "invoiceTotals.amount", "invoiceTotals.currency",
             "statementTotals.amount", "statementTotals.currency", "drafts.url", "sender.name"],
            new
            {
                run = new { periodStart = new DateOnly(2026, 3, 1), periodEnd = new DateOnly(2026, 3, 31), invoices = 42, statements = 118, skipped = 2 },
                invoiceTotals = new[] { new { amount = 184_250m, currency = "EUR" }, new { amount = 12_400m, currency = "USD" } },
                statementTotals = new[] { new { amount = 121_870m, currency = "EUR" } },
                drafts = new { url = "https://app.example.com/invoices?status=Draft" },
                sender = new { name = "ExpertNetwork monthly invoicing" },
            }),
    ];

    public static TemplateDefinition? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    public static TemplateDefinition Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"Unknown template '{name}'. Known templates: {string.Join(", ", All.Select(t => t.Name))}.");
}
