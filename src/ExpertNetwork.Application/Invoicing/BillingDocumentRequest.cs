using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What a command or query about one document of one side carries: the side and the document's id.</summary>
public abstract record BillingDocumentRequest(BillingSide Side, Guid DocumentId);
