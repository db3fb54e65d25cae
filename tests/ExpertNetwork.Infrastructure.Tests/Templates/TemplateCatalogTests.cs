using ExpertNetwork.Infrastructure.Templates;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

public sealed class TemplateCatalogTests
{
    public static TheoryData<string> TemplateNames() => new(TemplateCatalog.All.Select(t => t.Name));

    [Fact]
    public void Catalog_and_templates_folder_list_the_same_templates()
    {
        var files = RepositoryTemplates.Files().ToList();
        var catalog = TemplateCatalog.All.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

        files.Except(catalog).ShouldBeEmpty("template files without a catalog entry");
        catalog.Except(files).ShouldBeEmpty("catalog entries without a template file");
        files.Count.ShouldBe(24);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Shipped_template_is_valid_and_declares_exactly_its_catalog_variables(string name)
    {
        var engine = RepositoryTemplates.CreateEngine();
        var text = engine.LoadText(name);

        TemplateValidator.Validate(name, text).Select(e => e.Message).ShouldBeEmpty();
        var frontMatter = FrontMatter.TryParse(text, new List<string>()).ShouldNotBeNull();
        frontMatter.Variables.Order(StringComparer.Ordinal).ShouldBe(
            TemplateCatalog.Get(name).Variables.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Kind_matches_folder(string name)
    {
        var kind = TemplateCatalog.Get(name).Kind;
        name.ShouldStartWith(kind == TemplateKind.Email ? "emails/" : "documents/");
    }

    [Fact]
    public void The_web_output_gets_a_copy_of_the_templates_folder()
    {
        // The test output references the Web project, whose build copies templates/ next to its assemblies.
        var copied = Path.Combine(AppContext.BaseDirectory, "templates");
        Directory.Exists(Path.Combine(copied, "emails")).ShouldBeTrue(copied);
        File.Exists(Path.Combine(copied, "documents", "invoice.md.hbs")).ShouldBeTrue();
        TemplateEngine.ResolveDirectory(null).ShouldBe(Path.GetFullPath(copied));
    }
}
