using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

/// <summary>Nobody gives a role they do not hold, or at a scope wider than their own.</summary>
public class UserAdministrationRulesTests
{
    private static readonly Guid Trondelag = Guid.NewGuid(), Nordland = Guid.NewGuid();
    private static readonly Guid Stjordal = Guid.NewGuid(), Bodo = Guid.NewGuid();
    private static readonly Guid Varnes = Guid.NewGuid(), BodoOffice = Guid.NewGuid();

    private static readonly IReadOnlyDictionary<Guid, OfficeCard> Offices = new Dictionary<Guid, OfficeCard>
    {
        [Varnes] = new(Varnes, "NAV Værnes", Trondelag, [Stjordal]),
        [BodoOffice] = new(BodoOffice, "NAV Bodø", Nordland, [Bodo]),
    };

    private static readonly RoleAssignment RegionalInTrondelag = new(RoleNames.RegionalCoordinator, ScopeKind.Region, Trondelag);

    [Fact]
    public void A_system_administrator_may_assign_any_role_anywhere() =>
        UserAdministrationRules.MayAssign([new(RoleNames.SystemAdmin, null, null)], new(RoleNames.MunicipalCoordinator, ScopeKind.Office, BodoOffice), Offices)
            .ShouldBeTrue();

    [Fact]
    public void A_coordinator_assigns_only_their_own_role_inside_their_own_region()
    {
        UserAdministrationRules.MayAssign([RegionalInTrondelag], new(RoleNames.RegionalCoordinator, ScopeKind.Region, Trondelag), Offices).ShouldBeTrue();
        UserAdministrationRules.MayAssign([RegionalInTrondelag], new(RoleNames.RegionalCoordinator, ScopeKind.Region, Nordland), Offices).ShouldBeFalse();
        UserAdministrationRules.MayAssign([RegionalInTrondelag], new(RoleNames.SystemAdmin, null, null), Offices).ShouldBeFalse();
        UserAdministrationRules.MayAssign([RegionalInTrondelag], new(RoleNames.MunicipalCoordinator, ScopeKind.Municipality, Stjordal), Offices).ShouldBeFalse();
    }

    [Fact]
    public void A_scope_inside_another_is_one_whose_offices_all_lie_in_it()
    {
        var municipal = new RoleAssignment(RoleNames.MunicipalCoordinator, ScopeKind.Municipality, Stjordal);
        UserAdministrationRules.Contains(municipal, new(RoleNames.MunicipalCoordinator, ScopeKind.Office, Varnes), Offices).ShouldBeTrue();
        UserAdministrationRules.Contains(municipal, new(RoleNames.MunicipalCoordinator, ScopeKind.Office, BodoOffice), Offices).ShouldBeFalse();
        UserAdministrationRules.Contains(municipal, new(RoleNames.MunicipalCoordinator, ScopeKind.Municipality, Bodo), Offices).ShouldBeFalse();
        UserAdministrationRules.Contains(RegionalInTrondelag, new(RoleNames.RegionalCoordinator, ScopeKind.Municipality, Stjordal), Offices).ShouldBeTrue();
        UserAdministrationRules.Contains(RegionalInTrondelag, new(RoleNames.RegionalCoordinator, null, null), Offices).ShouldBeFalse();
    }

    [Fact]
    public void A_coordinator_cannot_manage_a_user_who_holds_more_than_they_could_give()
    {
        var error = Should.Throw<BusinessException>(() =>
            UserAdministrationRules.EnsureMayManage([RegionalInTrondelag], [new(RoleNames.KsAdmin, null, null)], Offices));
        error.Code.ShouldBe(NavLederprogramErrorCodes.UserAboveOwn);
        error.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public void National_roles_take_no_scope_and_coordinators_need_one()
    {
        Should.Throw<BusinessException>(() => UserAdministrationRules.EnsureScopeFits(RoleNames.Leader, ScopeKind.Region)).Code
            .ShouldBe(NavLederprogramErrorCodes.RoleIsNational);
        Should.Throw<BusinessException>(() => UserAdministrationRules.EnsureScopeFits(RoleNames.RegionalCoordinator, null)).Code
            .ShouldBe(NavLederprogramErrorCodes.RoleNeedsScope);
        Should.Throw<BusinessException>(() => UserAdministrationRules.EnsureScopeFits(RoleNames.RegionalCoordinator, ScopeKind.Office)).Code
            .ShouldBe(NavLederprogramErrorCodes.RoleNeedsScope);
        UserAdministrationRules.EnsureScopeFits(RoleNames.MunicipalCoordinator, ScopeKind.Office);
    }

    [Fact]
    public void The_grants_that_keep_users_and_grants_administrable_are_the_permissions_by_these_names()
    {
        UserAdministrationRules.ManageUsersPermission.ShouldBe(NavLederprogram.Permissions.NavLederprogramPermissions.Identity.ManageUsers);
        UserAdministrationRules.ManageGrantsPermission.ShouldBe(NavLederprogram.Permissions.NavLederprogramPermissions.Identity.ManageGrants);
    }
}
