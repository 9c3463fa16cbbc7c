// Mock of the Objective-C runtime functions the corpus sources call, from the
// public <objc/runtime.h> signatures.
#pragma clang system_header
#pragma once
#include <stddef.h>
#include <stdint.h>
typedef struct objc_method *Method;
typedef struct objc_ivar *Ivar;
typedef struct objc_property *objc_property_t;
#ifndef _CLMOCK_IMP_DEFINED
#define _CLMOCK_IMP_DEFINED
typedef id (*IMP)(id, SEL, ...);
#endif
typedef enum objc_AssociationPolicy {
  OBJC_ASSOCIATION_ASSIGN = 0, OBJC_ASSOCIATION_RETAIN_NONATOMIC = 1, OBJC_ASSOCIATION_COPY_NONATOMIC = 3,
  OBJC_ASSOCIATION_RETAIN = 01401, OBJC_ASSOCIATION_COPY = 01403
} objc_AssociationPolicy;
Class objc_getClass(const char *name);
Class objc_lookUpClass(const char *name);
Class object_getClass(id obj);
const char *class_getName(Class cls);
Class class_getSuperclass(Class cls);
Method class_getInstanceMethod(Class cls, SEL name);
Method class_getClassMethod(Class cls, SEL name);
signed char class_addMethod(Class cls, SEL name, IMP imp, const char *types);
IMP class_replaceMethod(Class cls, SEL name, IMP imp, const char *types);
signed char class_respondsToSelector(Class cls, SEL sel);
objc_property_t *class_copyPropertyList(Class cls, unsigned int *outCount);
Method *class_copyMethodList(Class cls, unsigned int *outCount);
const char *property_getName(objc_property_t property);
IMP method_getImplementation(Method m);
IMP method_setImplementation(Method m, IMP imp);
const char *method_getTypeEncoding(Method m);
void method_exchangeImplementations(Method m1, Method m2);
SEL method_getName(Method m);
const char *sel_getName(SEL sel);
SEL sel_registerName(const char *str);
void objc_setAssociatedObject(id object, const void *key, id value, objc_AssociationPolicy policy);
id objc_getAssociatedObject(id object, const void *key);
IMP imp_implementationWithBlock(id block);
