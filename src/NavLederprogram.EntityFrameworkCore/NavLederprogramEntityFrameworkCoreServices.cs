using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Audit;
using NavLederprogram.EntityFrameworkCore.Competence;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.EntityFrameworkCore.Development;
using NavLederprogram.EntityFrameworkCore.ELearning;
using NavLederprogram.EntityFrameworkCore.Evaluations;
using NavLederprogram.EntityFrameworkCore.Identity;
using NavLederprogram.EntityFrameworkCore.Notifications;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.PeerSupervision;
using NavLederprogram.EntityFrameworkCore.PersonalData;
using NavLederprogram.EntityFrameworkCore.Privacy;
using NavLederprogram.EntityFrameworkCore.Programmes;
using NavLederprogram.EntityFrameworkCore.Scheduling;
using NavLederprogram.Events;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore;

public static class NavLederprogramEntityFrameworkCoreServices
{
    /// <summary>The DbContext on the configured provider, the repositories and the domain services that use them.</summary>
    public static IServiceCollection AddNavLederprogramEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration, string defaultSqliteConnection)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(configuration.GetSection(CompetenceOptions.Section).Get<CompetenceOptions>() ?? new CompetenceOptions());
        var publicUrl = configuration["App:PublicUrl"];
        services.AddSingleton(new NotificationOptions { PublicUrl = string.IsNullOrWhiteSpace(publicUrl) ? new NotificationOptions().PublicUrl : publicUrl });
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<PersonalDataRetention>(r => configuration.GetSection(PersonalDataRetention.Section).Bind(r.Years));
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException($"ConnectionStrings:Default is required for provider {options.Provider}.");
            connectionString = defaultSqliteConnection;
        }

        services.AddAuditRetention(configuration);
        return services.AddNavLederprogramEntityFrameworkCore(o => o.UseNavLederprogramDatabase(options.Provider, connectionString));
    }

    /// <summary>The same registrations on a database the caller configures (tests use an open in-memory SQLite connection).</summary>
    public static IServiceCollection AddNavLederprogramEntityFrameworkCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        // Contexts are leased from a pool: creating one per request cost a tenth of the CPU of a small read. Pooled options are
        // built once, so interceptors are singletons; the auditing one reads the caller through ICurrentUser, which reads the
        // ambient caller (the request's, or the process's own) and so is a singleton wherever it is registered.
        services.AddSingleton<AuditingSaveChangesInterceptor>();
        services.AddSingleton<AdminChangeInterceptor>();
        services.AddSingleton<DbStatementCountingInterceptor>();
        services.AddDataCache();
        services.AddPooledDbContextFactory<NavLederprogramDbContext>((sp, o) =>
        {
            configureDatabase(o);
            o.AddInterceptors(
                sp.GetRequiredService<AuditingSaveChangesInterceptor>(),
                // After the stamps and soft deletes, so that it records what is saved; before the cache log, which must see the
                // data keys it adds.
                sp.GetRequiredService<AdminChangeInterceptor>(),
                sp.GetRequiredService<DbStatementCountingInterceptor>(),
                sp.GetRequiredService<CacheChangeInterceptor>());
        });
        // Identity, OpenIddict and the repositories take the context from the scope; disposing the scope returns it to the pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NavLederprogramDbContext>>().CreateDbContext());
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IDomainEventPublisher, DomainEventPublisher>();
        services.AddScoped<DataSeeder>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddIdentityEntityFrameworkCore();
        services.AddOrganisationEntityFrameworkCore();
        services.AddSchedulingEntityFrameworkCore();
        services.AddCompetenceEntityFrameworkCore();
        services.AddProgrammesEntityFrameworkCore();
        services.AddELearningEntityFrameworkCore();
        services.AddNotificationsEntityFrameworkCore();
        services.AddScormEntityFrameworkCore();
        services.AddPeerSupervisionEntityFrameworkCore();
        services.AddEvaluationsEntityFrameworkCore();
        services.AddDevelopmentEntityFrameworkCore();
        services.AddPrivacyEntityFrameworkCore();
        services.AddAuditEntityFrameworkCore();
        services.AddPersonalDataEntityFrameworkCore();
        return services;
    }

    /// <summary>Identity stores for processes that have no sign-in (the migrator); the host adds full Identity itself.</summary>
    public static IdentityBuilder AddNavLederprogramIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<NavLederprogramDbContext>()
            .AddNavLederprogramAccountRules();

    /// <summary>
    /// The password policy in place of Identity's composition rules, and the refusal of disabled users, for every process that
    /// sets passwords or signs users in.
    /// </summary>
    public static IdentityBuilder AddNavLederprogramAccountRules(this IdentityBuilder builder)
    {
        builder.Services.RemoveAll<IPasswordValidator<AppUser>>();
        builder.Services.AddScoped<IPasswordValidator<AppUser>, PasswordPolicyValidator>();
        builder.Services.RemoveAll<IUserConfirmation<AppUser>>();
        builder.Services.AddScoped<IUserConfirmation<AppUser>, EnabledUserConfirmation>();
        return builder;
    }

    public static void ConfigureIdentity(IdentityOptions o)
    {
        // Length is what makes a password strong (NIST SP 800-63B); PasswordPolicyValidator checks it and the rest.
        o.Password.RequiredLength = PasswordPolicyValidator.MinLength;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequiredUniqueChars = 1;
        // "Confirmed" means "not disabled" here (EnabledUserConfirmation): SignInManager then refuses disabled users everywhere.
        o.SignIn.RequireConfirmedAccount = true;
        o.Tokens.PasswordResetTokenProvider = SetPasswordTokens.Provider;
        o.User.RequireUniqueEmail = false;
        // Failed sign-ins do not lock the account (anyone knowing a username could keep its owner out): the host's login
        // page refuses the guessing client address instead. A lock set on the account itself still holds.
        o.Lockout.AllowedForNewUsers = true;
    }

    /// <summary>OpenIddict's stores on our DbContext, for every process that seeds or serves clients.</summary>
    public static OpenIddictCoreBuilder UseNavLederprogramStores(this OpenIddictCoreBuilder builder) =>
        builder.UseEntityFrameworkCore(o => o.UseDbContext<NavLederprogramDbContext>().ReplaceDefaultEntities<Guid>());
}
