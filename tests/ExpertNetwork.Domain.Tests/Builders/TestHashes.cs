using System.Security.Cryptography;
using System.Text;

namespace ExpertNetwork.Domain.Tests.Builders;

public static class TestHashes
{
    public static string Sha256Of(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    public static readonly string SignedDocument = Sha256Of("signed document");
}
