# ExpertNetwork web app image. Build from the repository root:
#   docker build -t expertnetwork .
# The same image serves (default) and runs operator commands:
#   docker run --rm -e ... expertnetwork migrate
# See docs/operations.md, "Running more than one node", and deploy/compose.yaml.

# --- build: the SDK restores and publishes the web app (with its templates and migrations) ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a source change does not repeat it.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ExpertNetwork.Domain/ExpertNetwork.Domain.csproj src/ExpertNetwork.Domain/
COPY src/ExpertNetwork.Application/ExpertNetwork.Application.csproj src/ExpertNetwork.Application/
COPY src/ExpertNetwork.Infrastructure/ExpertNetwork.Infrastructure.csproj src/ExpertNetwork.Infrastructure/
COPY src/ExpertNetwork.Web/ExpertNetwork.Web.csproj src/ExpertNetwork.Web/
COPY db/ExpertNetwork.Migrations.Sqlite/ExpertNetwork.Migrations.Sqlite.csproj db/ExpertNetwork.Migrations.Sqlite/
COPY db/ExpertNetwork.Migrations.SqlServer/ExpertNetwork.Migrations.SqlServer.csproj db/ExpertNetwork.Migrations.SqlServer/
COPY db/ExpertNetwork.Migrations.PostgreSql/ExpertNetwork.Migrations.PostgreSql.csproj db/ExpertNetwork.Migrations.PostgreSql/
RUN dotnet restore src/ExpertNetwork.Web/ExpertNetwork.Web.csproj
COPY src/ src/
COPY db/ db/
COPY templates/ templates/
RUN dotnet publish src/ExpertNetwork.Web/ExpertNetwork.Web.csproj -c Release --no-restore -o /app

# --- run: the ASP.NET Core runtime only, as the image's non-root user ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# fontconfig and DejaVu: the PDF renderer's fallback for characters outside its bundled font (docs/operations.md).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libfontconfig1 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/lib/expertnetwork \
    && chown "$APP_UID" /var/lib/expertnetwork
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Storage__DataDirectory=/var/lib/expertnetwork
# APP_UID is the unprivileged "app" user the .NET images define; nothing below runs as root.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "ExpertNetwork.Web.dll"]
