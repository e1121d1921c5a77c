/*
 * arena.c — bump allocator over host-supplied blocks.
 *
 * The parser makes many small allocations (labels, cells) whose lifetime is
 * the whole call; one arena freed at the end keeps the core free of leaks
 * and lets the host bound memory by freeing a single list.
 */
#include <string.h>

#include "zf_core.h"

#define ZF_ARENA_BLOCK 65536

struct zf_arena_block
{
	zf_arena_block *next;
	/* payload follows, 16-aligned */
};

#define ZF_BLOCK_HDR ((sizeof(zf_arena_block) + 15) & ~(size_t) 15)

void
zf_arena_init(zf_arena *a)
{
	a->head = NULL;
	a->next = NULL;
	a->left = 0;
}

/*
 * Uninitialised space, for buffers the caller fills at once: zeroing large
 * copies and growing vectors showed up in profiles.
 */
void *
zf_arena_alloc_uninit(zf_arena *a, size_t size)
{
	char	   *p;

	size = (size + 7) & ~(size_t) 7;
	if (size > a->left)
	{
		size_t		payload = size > ZF_ARENA_BLOCK / 4 ? size : ZF_ARENA_BLOCK;
		zf_arena_block *b = zf_host_alloc(ZF_BLOCK_HDR + payload);

		if (payload == size && a->head != NULL)
		{
			/* big request: own block behind the head, keep the head's space */
			b->next = a->head->next;
			a->head->next = b;
			return (char *) b + ZF_BLOCK_HDR;
		}
		b->next = a->head;
		a->head = b;
		a->next = (char *) b + ZF_BLOCK_HDR;
		a->left = payload;
	}
	p = a->next;
	a->next += size;
	a->left -= size;
	return p;
}

void *
zf_arena_alloc(zf_arena *a, size_t size)
{
	void	   *p = zf_arena_alloc_uninit(a, size);

	memset(p, 0, size);
	return p;
}

char *
zf_arena_strndup(zf_arena *a, const char *s, size_t n)
{
	char	   *p = zf_arena_alloc_uninit(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
zf_arena_free(zf_arena *a)
{
	zf_arena_block *b = a->head;

	while (b != NULL)
	{
		zf_arena_block *next = b->next;

		zf_host_free(b);
		b = next;
	}
	zf_arena_init(a);
}

void
zf_vec_grow(zf_arena *a, zf_vec *v, size_t elem_size)
{
	size_t		cap = v->cap ? v->cap * 2 : 16;
	void	   *data = zf_arena_alloc_uninit(a, cap * elem_size);

	if (v->len)
		memcpy(data, v->data, v->len * elem_size);
	v->data = data;
	v->cap = cap;
}
