namespace NavLederprogram;

public sealed class EntityNotFoundException(string entityName, object? id)
    : BusinessException(NavLederprogramErrorCodes.EntityNotFound, entityName, id)
{
    public EntityNotFoundException(Type entityType, object? id) : this(entityType.Name, id) { }
}
