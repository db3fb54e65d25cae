using ExpertNetwork.Infrastructure.Templates;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

/// <summary>How the engine uses the version in force (the database side is covered by the integration tests).</summary>
public sealed class SavedVersionTests
{
    private const string Name = TemplateCatalog.Names.CredentialExpiryEmail;

    [Fact]
    public void The_version_in_force_replaces_the_file_and_a_newer_one_is_used_from_the_next_render_on()
    {
        var versions = new VersionsInForce();
        var engine = new TemplateEngine(RepositoryTemplates.Directory, versions);
        var shipped = engine.LoadText(Name);

        Render(engine).Text.ShouldContain("Kind regards,");
        versions.Set(1, shipped.Replace("Kind regards,", "Best wishes,", StringComparison.Ordinal));
        Render(engine).Text.ShouldContain("Best wishes,");
        versions.Set(2, shipped.Replace("Kind regards,", "Cheers,", StringComparison.Ordinal));
        Render(engine).Text.ShouldContain("Cheers,");
        versions.Clear();
        Render(engine).Text.ShouldContain("Kind regards,");
    }

    [Fact]
    public void A_saved_version_that_is_not_valid_in_this_release_is_skipped_and_the_shipped_file_is_used()
    {
        var versions = new VersionsInForce();
        var engine = new TemplateEngine(RepositoryTemplates.Directory, versions);
        versions.Set(3, engine.LoadText(Name).Replace("{{expert.name}}", "{{expert.title}}", StringComparison.Ordinal));

        var email = Render(engine);

        email.Text.ShouldContain("Dear Dr Zofia Łukasiewicz,");
    }

    private static Application.Templates.RenderedEmail Render(TemplateEngine engine) =>
        engine.RenderEmail(Name, TemplateCatalog.Get(Name).SampleModel);

    private sealed class VersionsInForce : ITemplateOverrides
    {
        private ActiveTemplateText? _current;

        public void Set(int number, string text) => _current = new ActiveTemplateText(number, text, ExpertNetwork.Domain.Templates.TemplateRevision.Sha256Of(text));

        public void Clear() => _current = null;

        public ActiveTemplateText? Find(string name) => name == Name ? _current : null;

        public void Refresh()
        {
        }
    }
}
