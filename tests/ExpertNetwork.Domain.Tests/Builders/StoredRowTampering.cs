namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>Simulates someone editing a stored row directly in the database, bypassing the domain.</summary>
public static class StoredRowTampering
{
    public static void Overwrite<T>(T row, string propertyName, object? value)
        where T : class
    {
        var property = typeof(T).GetProperty(propertyName)
            ?? throw new ArgumentException($"{typeof(T).Name} has no property {propertyName}.", nameof(propertyName));
        property.SetValue(row, value);
    }
}
