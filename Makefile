# Briefdesk. The README's two commands are `make run` and `make test`.
GO      ?= go
OUT     ?= out
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: run test bench lint fuzz build clean

build:
	$(GO) build -o bin/brief ./cmd/brief

# Builds a briefing from the bundled sample articles and writes its PDF handout.
run: build
	@scripts/system-deps run
	@mkdir -p $(OUT)
	bin/brief sample $(OUT)/samples
	bin/brief new -o $(OUT)/sample.brief --auto --title "한미동맹 주간 브리핑" $(OUT)/samples
	bin/brief export -o $(OUT)/sample.pdf $(OUT)/sample.brief
	@echo "Handout written to $(OUT)/sample.pdf"

test:
	@scripts/system-deps test
	$(GO) vet ./...
	$(GO) test ./...

bench:
	@scripts/system-deps bench
	$(GO) test -run '^$$' -bench . -benchmem ./...

lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# Runs every fuzz target for FUZZTIME each.
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParseText$$' -fuzztime $(FUZZTIME) ./briefing/importer
	$(GO) test -run '^$$' -fuzz '^FuzzParseMarkdown$$' -fuzztime $(FUZZTIME) ./briefing/importer
	$(GO) test -run '^$$' -fuzz '^FuzzParseHTML$$' -fuzztime $(FUZZTIME) ./briefing/importer
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./briefing/brieffile
	$(GO) test -run '^$$' -fuzz '^FuzzLayout$$' -fuzztime $(FUZZTIME) ./briefing/pdf

clean:
	rm -rf bin $(OUT)
