// Waiting requests, lowest priority number first, first come first served within a priority.

export class PriorityQueue<T> {
    private items: { value: T; priority: number; order: number }[] = [];
    private counter = 0;

    get size(): number {
        return this.items.length;
    }

    push(value: T, priority: number): void {
        const entry = { value, priority, order: this.counter++ };
        // insertion keeps the array sorted; queues here hold a handful of requests
        let i = this.items.length;
        while (i > 0 && this.items[i - 1].priority > priority) i--;
        this.items.splice(i, 0, entry);
    }

    shift(): T | undefined {
        return this.items.shift()?.value;
    }

    /** Removes `value` if it is still waiting; true when it was. */
    remove(value: T): boolean {
        const i = this.items.findIndex((e) => e.value === value);
        if (i < 0) return false;
        this.items.splice(i, 1);
        return true;
    }

    drain(): T[] {
        const all = this.items.map((e) => e.value);
        this.items = [];
        return all;
    }
}
