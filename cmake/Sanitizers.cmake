# The asan preset turns on KINDRED_SANITIZE: every target gets ASan + UBSan.
if(KINDRED_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
