package org.zhijian.catalogue.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductCategoryRepository extends JpaRepository<ProductCategory, Long> {

    List<ProductCategory> findAllByOrderByCodeAsc();

    List<ProductCategory> findByIndustry(org.zhijian.enterprise.domain.Industry industry);

    List<ProductCategory> findByActiveTrueOrderByCodeAsc();

    Optional<ProductCategory> findByName(String name);

    boolean existsByCode(String code);

    boolean existsByName(String name);

    @Query("select distinct c from ProductCategory c left join fetch c.items order by c.code")
    List<ProductCategory> findAllWithItems();
}
