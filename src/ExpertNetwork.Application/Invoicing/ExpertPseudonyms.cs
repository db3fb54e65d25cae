using System.Security.Cryptography;
using System.Text;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// How invoices of confidential projects name an expert: a stable id derived from the project and the expert, the same
/// on every invoice of that project, different across projects, and never the name.
/// </summary>
public static class ExpertPseudonyms
{
    public static string For(Guid projectId, Guid expertId)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(projectId.ToString("N") + expertId.ToString("N")));
        return "Expert " + Convert.ToHexString(hash, 0, 3);
    }
}
