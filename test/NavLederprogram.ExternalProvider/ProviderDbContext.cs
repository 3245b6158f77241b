using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.ExternalProvider;

/// <summary>OpenIddict's applications, authorizations and tokens; nothing else is stored.</summary>
public sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
