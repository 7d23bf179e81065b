# syntax=docker/dockerfile:1
# NRM Portal web application. Build: docker build -t nrm-portal . (or docker compose up --build)
# Not run on our development machines (no Docker engine there); see README.md.

# ---- build -------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Build settings and project files first, so the restore layer is reused until a project or package changes.
COPY Directory.Build.props Directory.Packages.props global.json .editorconfig NrmPortal.sln ./
COPY src/NrmPortal.Domain/NrmPortal.Domain.csproj                           src/NrmPortal.Domain/
COPY src/NrmPortal.Application/NrmPortal.Application.csproj                 src/NrmPortal.Application/
COPY src/NrmPortal.Infrastructure/NrmPortal.Infrastructure.csproj           src/NrmPortal.Infrastructure/
COPY src/NrmPortal.Migrations.Sqlite/NrmPortal.Migrations.Sqlite.csproj     src/NrmPortal.Migrations.Sqlite/
COPY src/NrmPortal.Migrations.SqlServer/NrmPortal.Migrations.SqlServer.csproj src/NrmPortal.Migrations.SqlServer/
COPY src/NrmPortal.Web/NrmPortal.Web.csproj                                 src/NrmPortal.Web/
# Only the web project and what it references (the test projects are not in the build context).
RUN dotnet restore src/NrmPortal.Web/NrmPortal.Web.csproj

COPY src/ src/
RUN dotnet publish src/NrmPortal.Web/NrmPortal.Web.csproj -c Release -o /app --no-restore

# ---- runtime -----------------------------------------------------------------------------------------
# The default .NET 10 tag is Ubuntu 24.04 (noble); it has apt, so curl can be added for the container health check.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .

# The image's built-in non-root user (UID in $APP_UID). The application files stay owned by root: read-only for the app.
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "NrmPortal.Web.dll"]
